"""Optional two-factor sign-in for the admin: a six-digit code from an authenticator app (TOTP).

django-otp keeps the devices, checks the codes and slows down guessing; this module is the
flow around it, because wagtail-2fa, the Wagtail package for it, does not run on Wagtail 8
(labd/wagtail-2fa#283). Anyone with admin access may turn it on under Account; from then on a
password alone opens nothing until the code is entered.
"""

import base64
import io

import django_otp
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _

# What a signed-in person who still owes a code may open.
OPEN_BEFORE_CODE = {
    "two_factor_verify",
    "wagtailadmin_logout",
    "wagtailadmin_login",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


class SecondFactorMiddleware:
    """Sends anyone who has turned two-factor on, but not yet entered a code, to enter one.

    Must come after django_otp's OTPMiddleware, which tells whether the session is verified.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._owes_code(request):
            verify = reverse("two_factor_verify")
            return redirect(f"{verify}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def _owes_code(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return False
        if not django_otp.user_has_device(user, confirmed=True):
            return False
        try:
            return resolve(request.path_info).url_name not in OPEN_BEFORE_CODE
        except Resolver404:
            return True


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Six-digit code"),
        help_text=_("The code your authenticator app shows for KIRA now."),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, device, *args, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = self.cleaned_data["code"]
        allowed, details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Too many wrong codes. Wait a little and try again."), code="throttled"
            )
        if not code.isdigit() or not self.device.verify_token(code):
            raise forms.ValidationError(
                _("That code is not right. Enter the code your app shows now."), code="invalid"
            )
        return code


def _confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def _admin_page(request, template, title, context):
    return TemplateResponse(
        request,
        template,
        {"page_title": title, "header_title": title, "header_icon": "key", **context},
    )


def verify(request):
    """The code asked for after the password, once two-factor is on."""
    device = _confirmed_device(request.user)
    next_url = request.POST.get("next") or request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = reverse("wagtailadmin_home")
    if device is None or request.user.is_verified():
        return redirect(next_url)
    form = CodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, device)
        return redirect(next_url)
    return _admin_page(
        request,
        "two_factor/verify.html",
        _("Enter your sign-in code"),
        {"form": form, "next": next_url},
    )


def settings_view(request):
    """Turn two-factor on (scan, then confirm with a code) or off (confirm with a code)."""
    user = request.user
    device = _confirmed_device(user)
    if device is not None:
        form = CodeForm(device, request.POST or None)
        if request.method == "POST" and form.is_valid():
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("Two-factor sign-in is off."))
            return redirect("two_factor_settings")
        return _admin_page(
            request, "two_factor/turn_off.html", _("Two-factor sign-in"), {"form": form}
        )

    # A new secret each time the page is opened until a code confirms it.
    if request.method == "POST":
        pending = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    else:
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        pending = TOTPDevice.objects.create(user=user, name="KIRA", confirmed=False)
    if pending is None:
        return redirect("two_factor_settings")
    form = CodeForm(pending, request.POST or None)
    if request.method == "POST" and form.is_valid():
        pending.confirmed = True
        pending.save(update_fields=["confirmed"])
        django_otp.login(request, pending)
        messages.success(request, _("Two-factor sign-in is on."))
        return redirect("two_factor_settings")
    image = io.BytesIO()
    write_qrcode_image(pending.config_url, image)
    return _admin_page(
        request,
        "two_factor/turn_on.html",
        _("Two-factor sign-in"),
        {
            "form": form,
            "qr_code": "data:image/svg+xml;base64," + base64.b64encode(image.getvalue()).decode(),
            "secret": base64.b32encode(pending.bin_key).decode(),
        },
    )
