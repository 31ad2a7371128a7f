import factory
import wagtail_factories

from applications.models import HostFamilyApplicationPage


class HostFamilyApplicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ホストファミリー申込フォーム{n}")
    introduction = "受け入れをご検討のご家庭は、こちらからお申し込みください。"
    privacy_notice = "<p>お預かりした個人情報は受け入れ家庭の選考と連絡にのみ使用します。</p>"
    thank_you_text = "<p>説明会のご案内をお送りします。</p>"
    to_address = "staff@kira-kira.jp"
    from_address = "noreply@kira-kira.jp"

    class Meta:
        model = HostFamilyApplicationPage
