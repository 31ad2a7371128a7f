import factory
import wagtail_factories

from policies.models import AccessibilityPolicyPage, PrivacyPolicyPage


class PrivacyPolicyPageFactory(wagtail_factories.PageFactory):
    title = "個人情報の取り扱い"
    slug = "privacy"
    introduction = "協会がお預かりする個人情報の扱い方です。"
    body = factory.LazyFunction(lambda: [("paragraph", "<p>目的のためだけに使います。</p>")])

    class Meta:
        model = PrivacyPolicyPage


class AccessibilityPolicyPageFactory(wagtail_factories.PageFactory):
    title = "ウェブアクセシビリティ方針"
    slug = "accessibility"
    introduction = "誰もが使えるサイトにするための取り組みです。"

    class Meta:
        model = AccessibilityPolicyPage
