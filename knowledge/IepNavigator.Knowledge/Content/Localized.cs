using System.Collections.Concurrent;

namespace IepNavigator.Knowledge.Content;

/// <summary>
/// One value per supported language (a parsed content file, a catalog built from it), loaded on first use.
/// <see cref="Current"/> follows <see cref="ContentLanguage.Current"/>.
/// </summary>
public sealed class Localized<T>
    where T : class
{
    private readonly Func<string, T> _load;
    private readonly ConcurrentDictionary<string, Lazy<T>> _values = new(StringComparer.Ordinal);

    public Localized(Func<string, T> load) => _load = load ?? throw new ArgumentNullException(nameof(load));

    /// <summary>The same value in every language (tests, or content that is not language-specific).</summary>
    public static Localized<T> Invariant(T value) => new(_ => value);

    public T Current => For(ContentLanguage.Current);

    public T For(string language) =>
        _values.GetOrAdd(ContentLanguage.Normalize(language), l => new Lazy<T>(() => _load(l))).Value;

    /// <summary>Every supported language with its value, English first.</summary>
    public IEnumerable<(string Language, T Value)> All => ContentLanguage.Supported.Select(l => (l, For(l)));
}
