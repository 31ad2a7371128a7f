// Upstream workaround (translations/upstream/editor_strings.py): wagtail-localize 1.14 writes
// some of its translation editor's words in English in its bundle, without gettext: the
// heading "<source> to <target> translation" (TranslationEditor/index.tsx) and the footer's
// screen-reader label "More actions" (common/components/ActionMenu/index.tsx). This rewrites
// them, as React renders them, with the words the server translated for the reader. It also
// shows, under each source text, the glossary's names that the text contains (core.models
// GlossaryTerm), so that the translator spells them as the association does.
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
    let glossary = [];
    const fromJapanese = sourceLocale.code === 'ja';
    const showGlossary = () => {
        // The source text is the segment's own paragraph; the translation sits in a box.
        const sources = 'li > p:not([data-glossary-checked]):not(.translation-glossary)';
        editor.querySelectorAll(sources).forEach((source) => {
            source.dataset.glossaryChecked = 'true';
            const found = glossary
                .map(([japanese, english]) => (fromJapanese ? [japanese, english] : [english, japanese]))
                .filter(([term]) => source.textContent.includes(term));
            if (found.length) {
                const hint = document.createElement('p');
                hint.className = 'translation-glossary';
                hint.textContent =
                    script.dataset.glossaryLabel +
                    found.map(([term, spelling]) => `${term} → ${spelling}`).join('、');
                source.after(hint);
            }
        });
    };
    const update = () => {
        translateAll();
        showGlossary();
    };
    new MutationObserver(update).observe(editor, { childList: true, subtree: true });
    update();
    fetch(script.dataset.glossaryUrl, { credentials: 'same-origin' })
        .then((response) => (response.ok ? response.json() : { terms: [] }))
        .then((data) => {
            // Texts checked before the glossary arrived are checked again.
            glossary = data.terms;
            editor.querySelectorAll('[data-glossary-checked]').forEach((source) => {
                delete source.dataset.glossaryChecked;
            });
            showGlossary();
        });
})();
