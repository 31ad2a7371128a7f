import factory
import wagtail_factories

from policies.models import PolicyKind, PolicyPage


class PolicyPageFactory(wagtail_factories.PageFactory):
    title = "個人情報の取り扱い"
    slug = "privacy"
    kind = PolicyKind.PRIVACY
    introduction = "協会がお預かりする個人情報の扱い方です。"
    body = factory.LazyFunction(lambda: [("paragraph", "<p>目的のためだけに使います。</p>")])

    class Meta:
        model = PolicyPage
