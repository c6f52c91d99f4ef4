using System.Diagnostics.CodeAnalysis;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Letters.Rendering;

/// <summary>
/// A rendered letter, or the required fields still missing (never a letter with blanks).
/// The API answers 422 with <see cref="MissingFields"/>; the chat asks each field's question.
/// </summary>
public sealed class LetterResult<T>
    where T : class
{
    private LetterResult(T? value, IReadOnlyList<LetterField> missingFields)
    {
        Value = value;
        MissingFields = missingFields;
    }

    public T? Value { get; }

    public IReadOnlyList<LetterField> MissingFields { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsRendered => Value is not null;

    internal static LetterResult<T> Rendered(T value) => new(value, []);

    internal static LetterResult<T> Missing(IReadOnlyList<LetterField> missing) => new(null, missing);

    internal LetterResult<TOther> Map<TOther>(Func<T, TOther> convert)
        where TOther : class =>
        IsRendered ? LetterResult<TOther>.Rendered(convert(Value)) : LetterResult<TOther>.Missing(MissingFields);
}
