// Upstream workaround (translations/upstream/editor_strings.py): wagtail-localize 1.14 writes
// the translation editor's heading in English in its bundle, "<source> to <target> translation"
// (static_src/editor/components/TranslationEditor/index.tsx). This rewrites that heading with
// the format the server translated into the reader's language, as React renders it.
(() => {
    const script = document.currentScript;
    const editor = document.querySelector('.js-translation-editor');
    if (!editor || !script) {
        return;
    }
    const { sourceLocale, locale } = JSON.parse(editor.dataset.props);
    const english = `${sourceLocale.displayName} to ${locale.displayName} translation`;
    const translated = script.dataset.headingFormat
        .replace('%(source)s', sourceLocale.displayName)
        .replace('%(target)s', locale.displayName);
    const translateHeadings = () => {
        editor.querySelectorAll('section h3').forEach((heading) => {
            if (heading.textContent === english) {
                heading.textContent = translated;
            }
        });
    };
    new MutationObserver(translateHeadings).observe(editor, { childList: true, subtree: true });
    translateHeadings();
})();
