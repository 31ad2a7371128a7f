// Upstream workaround (translations/upstream/editor_strings.py): wagtail-localize 1.14 writes
// some of its translation editor's words in English in its bundle, without gettext: the
// heading "<source> to <target> translation" (TranslationEditor/index.tsx) and the footer's
// screen-reader label "More actions" (common/components/ActionMenu/index.tsx). This rewrites
// them, as React renders them, with the words the server translated for the reader.
(() => {
    const script = document.currentScript;
    const editor = document.querySelector('.js-translation-editor');
    if (!editor || !script) {
        return;
    }
    const { sourceLocale, locale } = JSON.parse(editor.dataset.props);
    const heading = `${sourceLocale.displayName} to ${locale.displayName} translation`;
    const words = {
        ...JSON.parse(script.dataset.words),
        [heading]: script.dataset.headingFormat
            .replace('%(source)s', sourceLocale.displayName)
            .replace('%(target)s', locale.displayName),
    };
    const translateAll = () => {
        editor.querySelectorAll('section h3, .w-sr-only').forEach((element) => {
            const translated = words[element.textContent];
            if (translated) {
                element.textContent = translated;
            }
        });
    };
    new MutationObserver(translateAll).observe(editor, { childList: true, subtree: true });
    translateAll();
})();
