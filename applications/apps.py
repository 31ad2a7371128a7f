from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = _("Applications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings

        from applications.forms import HostFamilyApplicationForm
        from policies.personal_data import PersonalData, register

        register(
            PersonalData(
                name=_("Host family applications"),
                items=lambda: (
                    [
                        label
                        for name, label in HostFamilyApplicationForm.data_fields()
                        if name != "consent"
                    ]
                    + [
                        _("that you agreed to the privacy notice"),
                        _("when the application arrived"),
                    ]
                ),
                purpose=_(
                    "To choose host families for visiting delegates and to contact the "
                    "families who applied."
                ),
                kept_for=lambda: settings.APPLICATION_RETENTION,
                seen_by=_(
                    "The association's office staff who run the programme, in the site's "
                    "administration. It is not shared with anyone else."
                ),
                deleted=_(
                    "Ask the office (below) and your application is deleted; staff can delete "
                    "it at once in the administration."
                ),
            )
        )
