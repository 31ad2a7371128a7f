"""What the fuzzing tests generate: any value a browser could send, and how many examples."""

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Any Unicode a browser could send, including NUL, lone combining marks and very long values.
values = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=5000),
    st.sampled_from(["-1", "0", "99999999999999999999", "1e9", "abc", "%00", "\x00", "'", '"']),
    st.integers().map(str),
)
fuzz = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
