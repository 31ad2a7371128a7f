from django.contrib.auth.models import Group


def person(django_user_model, username, role):
    """A member of staff holding one of the roles in accounts/roles.py."""
    user = django_user_model.objects.create_user(
        username, email=f"{username}@example.com", password="pw"
    )
    user.groups.add(Group.objects.get(name=role))
    return user
