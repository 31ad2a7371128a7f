// Wagtail 8 shows the errors of a publishing schedule (an expiry before the go-live date, a date
// in the past) inside the schedule dialog, which is closed when the refused form comes back:
// the moderator sees only a short notice in the side panel. Open the dialog at the errors.
window.addEventListener('load', () => {
    const dialog = document.getElementById('schedule-publishing-dialog');
    if (dialog && dialog.querySelector('.error-message, [aria-invalid="true"]')) {
        dialog.dispatchEvent(new CustomEvent('w-dialog:show'));
    }
});
