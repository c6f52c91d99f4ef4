using System.Collections.Frozen;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Letters;

namespace IepNavigator.Letters.Templates;

/// <summary>
/// Every letter template in every language, loaded from the resources embedded in this assembly and compiled once
/// (a singleton): <c>letters/x.liquid</c> is English, the source; <c>letters/es/x.liquid</c> its Spanish translation.
/// Each supported language (<see cref="ContentLanguage.Supported"/>) must have the same letters as English, with the
/// same fields, citations and deadline; a language without templates, or a translation that differs, fails the compile
/// (every lookup throws that <see cref="LetterTemplateException"/>) rather than falling back to English at render time.
/// Serves <c>GET /api/v1/letters</c>. Lookups take a language ("en", "es"); null means <see cref="ContentLanguage.Current"/>.
/// The embedded templates compile on first use or <see cref="Compile"/>, not in the constructor: the host builds this
/// catalog while it starts (hosted services and the first turn's dialogs depend on it) and no first answer needs a
/// letter, so the compile (Fluid's grammar and 30 templates, about half of the host's own start on its main thread:
/// bench/README.md, "Issue 16, ninth round: start-up") runs after the first turn (the host's warm-up) instead.
/// </summary>
public sealed class LetterTemplateCatalog
{
    private const string ResourcePrefix = "letters/";
    private const string Extension = ".liquid";

    private readonly Lazy<FrozenDictionary<string, LanguageTemplates>> _languages;

    /// <summary>The templates embedded in this assembly, every supported language; read and compiled on first use.</summary>
    public LetterTemplateCatalog()
        : this(ReadEmbeddedSources, ContentLanguage.Supported, compileNow: false)
    {
    }

    /// <summary>English templates only, from name → source pairs (names without extension; <c>_letter</c> is the frame).</summary>
    internal LetterTemplateCatalog(IReadOnlyDictionary<string, string> sources)
        : this(new Dictionary<string, IReadOnlyDictionary<string, string>> { [ContentLanguage.English] = sources }, [ContentLanguage.English])
    {
    }

    /// <summary>
    /// Templates per language (language → name → source); every language in <paramref name="required"/> must be there.
    /// Compiled here: a caller that passes its own sources learns at once whether they compile.
    /// </summary>
    internal LetterTemplateCatalog(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sourcesByLanguage, IReadOnlyList<string> required)
        : this(() => sourcesByLanguage, required, compileNow: true)
    {
    }

    private LetterTemplateCatalog(
        Func<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> sources, IReadOnlyList<string> required, bool compileNow)
    {
        Languages = [ContentLanguage.English, .. required.Where(l => l != ContentLanguage.English)];
        // A failed compile is kept and thrown again by every lookup (ExecutionAndPublication caches the exception).
        _languages = new Lazy<FrozenDictionary<string, LanguageTemplates>>(
            () => CompileAll(sources(), required), LazyThreadSafetyMode.ExecutionAndPublication);
        if (compileNow)
        {
            Compile();
        }
    }

    /// <summary>Whether the templates have been compiled (by <see cref="Compile"/> or a lookup).</summary>
    public bool IsCompiled => _languages.IsValueCreated;

    /// <summary>Compiles every template now (once; later calls return at once); throws <see cref="LetterTemplateException"/> when one is invalid.</summary>
    public void Compile() => _ = _languages.Value;

    private static FrozenDictionary<string, LanguageTemplates> CompileAll(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sourcesByLanguage, IReadOnlyList<string> required)
    {
        // Each letter's title comes from knowledge's letters.json, the one place a title is written; only a test's own
        // template (an id letters.json does not know) may carry one in its front matter.
        var titles = new LetterCatalog();
        var missing = required.FirstOrDefault(l => !sourcesByLanguage.TryGetValue(l, out var s) || s.Count == 0);
        if (missing is not null)
        {
            throw new LetterTemplateException(
                LetterTemplateCompiler.FileName(LetterTemplateCompiler.FrameName, missing),
                $"there are no letter templates in '{missing}' (content/letters/{missing}/); every supported language needs all of them");
        }

        var english = LanguageTemplates.Compile(ContentLanguage.English, sourcesByLanguage[ContentLanguage.English], titles);
        var languages = new Dictionary<string, LanguageTemplates>(StringComparer.Ordinal) { [ContentLanguage.English] = english };
        foreach (var language in required.Where(l => l != ContentLanguage.English))
        {
            var translation = LanguageTemplates.Compile(language, sourcesByLanguage[language], titles);
            translation.EnsureMatches(english);
            languages[language] = translation;
        }

        return languages.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The languages letters are written in, English (the source) first.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Every letter in the current language, ordered by id.</summary>
    public IReadOnlyList<LetterTemplate> All => AllIn(null);

    /// <summary>Every letter in <paramref name="language"/> (null: the current one), ordered by id.</summary>
    public IReadOnlyList<LetterTemplate> AllIn(string? language) => In(language).All;

    /// <summary>Whether a letter with this id exists (ids are the same in every language).</summary>
    public bool Contains(string letterId) => _languages.Value[ContentLanguage.English].Letters.ContainsKey(letterId);

    /// <summary>The letter with this id in <paramref name="language"/> (null: the current one), or null when there is none.</summary>
    public LetterTemplate? Find(string letterId, string? language = null) =>
        In(language).Letters.TryGetValue(letterId, out var letter) ? letter.Template : null;

    internal CompiledFrame Frame(string? language = null) => In(language).Frame;

    internal CompiledLetter Get(string letterId, string? language = null) =>
        In(language).Letters.TryGetValue(letterId, out var letter)
            ? letter
            : throw new KeyNotFoundException($"There is no letter template '{letterId}'.");

    private LanguageTemplates In(string? language)
    {
        var code = LetterLanguages.Single(language);
        return _languages.Value.TryGetValue(code, out var templates)
            ? templates
            : throw new ArgumentException($"This catalog has no letters in '{code}'.", nameof(language));
    }

    /// <summary>language → name → source, from "letters/x.liquid" (English) and "letters/es/x.liquid".</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadEmbeddedSources()
    {
        var files = new ContentFiles(typeof(LetterTemplateCatalog).Assembly, ResourcePrefix);
        return files.List(Extension)
            .GroupBy(f => f.Language, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, string>)g.ToDictionary(f => f.Name, f => files.ReadText(f.Name + Extension, f.Language), StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    /// <summary>One language's frame and letters.</summary>
    private sealed class LanguageTemplates
    {
        private LanguageTemplates(CompiledFrame frame, FrozenDictionary<string, CompiledLetter> letters)
        {
            Frame = frame;
            Letters = letters;
            All = letters.Values.Select(l => l.Template).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        }

        public CompiledFrame Frame { get; }

        public FrozenDictionary<string, CompiledLetter> Letters { get; }

        public IReadOnlyList<LetterTemplate> All { get; }

        public static LanguageTemplates Compile(string language, IReadOnlyDictionary<string, string> sources, LetterCatalog? titles)
        {
            if (!sources.TryGetValue(LetterTemplateCompiler.FrameName, out var frameSource))
            {
                throw new LetterTemplateException(
                    LetterTemplateCompiler.FileName(LetterTemplateCompiler.FrameName, language), "the shared frame is missing");
            }

            var frame = LetterTemplateCompiler.CompileFrame(frameSource, language);
            var letters = sources
                .Where(s => !s.Key.StartsWith('_'))
                .ToFrozenDictionary(
                    s => s.Key,
                    s => LetterTemplateCompiler.CompileLetter(s.Key, s.Value, frame, titles?.Find(s.Key, language)?.Title),
                    StringComparer.Ordinal);
            return new LanguageTemplates(frame, letters);
        }

        /// <summary>
        /// A translation has the English letters, no others, and each asks the same fields (same order, same
        /// required) and starts the same deadline: the chat asks and the calendar counts alike in every language.
        /// </summary>
        public void EnsureMatches(LanguageTemplates english)
        {
            var language = Frame.Language;
            foreach (var id in english.Letters.Keys.Except(Letters.Keys, StringComparer.Ordinal))
            {
                throw new LetterTemplateException(LetterTemplateCompiler.FileName(id, language), "the translation is missing");
            }

            foreach (var id in Letters.Keys.Except(english.Letters.Keys, StringComparer.Ordinal))
            {
                throw new LetterTemplateException(LetterTemplateCompiler.FileName(id, language), "has no English template");
            }

            foreach (var (id, letter) in Letters)
            {
                var source = english.Letters[id].Template;
                var translation = letter.Template;
                var name = LetterTemplateCompiler.FileName(id, language);
                if (!translation.Fields.Select(f => (f.Name, f.Required)).SequenceEqual(source.Fields.Select(f => (f.Name, f.Required))))
                {
                    throw new LetterTemplateException(name, "declares other fields than the English template (names, order or required)");
                }

                if (translation.Deadline.Id != source.Deadline.Id || translation.Deadline.Days != source.Deadline.Days
                    || translation.Deadline.ReminderDaysBefore != source.Deadline.ReminderDaysBefore
                    || translation.Deadline.Timeline != source.Deadline.Timeline)
                {
                    throw new LetterTemplateException(name, "starts another deadline than the English template (id, days, reminder or timeline)");
                }

                if (!translation.Citations.Order(StringComparer.Ordinal).SequenceEqual(source.Citations.Order(StringComparer.Ordinal)))
                {
                    throw new LetterTemplateException(name, "cites other rules than the English template");
                }
            }
        }
    }
}
