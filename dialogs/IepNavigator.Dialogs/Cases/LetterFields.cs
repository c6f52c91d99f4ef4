using System.Collections.Frozen;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// The letter fields every letter shares (declared once in knowledge/content/letters/_letter.liquid), as the parent
/// typed them: the parent's own are kept once for every child (<see cref="CaseBook.ParentLetterFields"/>), the child's
/// and their school's on each case (<see cref="CaseRecord.LetterFields"/>). A date of birth read as a date is kept as
/// yyyy-MM-dd, so each letter writes it in its own language; anything else stays exactly as typed. A letter's own
/// fields (concernDetails...) are not remembered. Change values through <see cref="CaseBook.SetLetterField"/>.
/// </summary>
public sealed record LetterFields
{
    public static LetterFields Empty { get; } = new();

    public string? ChildName { get; init; }
    public string? ChildDateOfBirth { get; init; }
    public string? School { get; init; }
    public string? Grade { get; init; }
    public string? District { get; init; }
    public string? RecipientName { get; init; }
    public string? RecipientTitle { get; init; }
    public string? PrincipalName { get; init; }
    public string? ParentName { get; init; }
    public string? ParentEmail { get; init; }
    public string? ParentPhone { get; init; }
    public string? ParentAddress { get; init; }
}

/// <summary>The letter templates' names of the shared fields. Stable: templates and stored rows use them.</summary>
public static class LetterFieldNames
{
    public const string ChildName = "childName";
    public const string ChildDateOfBirth = "childDateOfBirth";
    public const string School = "school";
    public const string Grade = "grade";
    public const string District = "district";
    public const string RecipientName = "recipientName";
    public const string RecipientTitle = "recipientTitle";
    public const string PrincipalName = "principalName";
    public const string ParentName = "parentName";
    public const string ParentEmail = "parentEmail";
    public const string ParentPhone = "parentPhone";
    public const string ParentAddress = "parentAddress";
}

/// <summary>Whose detail a shared letter field is: the parent's (same for every child) or the child's.</summary>
public enum LetterFieldOwner
{
    Parent,
    Child,
}

/// <summary>One shared letter field: its template name, whose it is, and how to read and write it on <see cref="LetterFields"/>.</summary>
public sealed class SharedLetterField
{
    private readonly Func<LetterFields, string?> _read;
    private readonly Func<LetterFields, string?, LetterFields> _write;

    internal SharedLetterField(string name, LetterFieldOwner owner, Func<LetterFields, string?> read, Func<LetterFields, string?, LetterFields> write)
    {
        Name = name;
        Owner = owner;
        _read = read;
        _write = write;
    }

    public string Name { get; }

    public LetterFieldOwner Owner { get; }

    public string? Read(LetterFields fields) => _read(fields ?? throw new ArgumentNullException(nameof(fields)));

    /// <summary>A copy with this field set (null or blank clears it).</summary>
    public LetterFields Write(LetterFields fields, string? value) =>
        _write(fields ?? throw new ArgumentNullException(nameof(fields)), string.IsNullOrWhiteSpace(value) ? null : value);

    public override string ToString() => Name;
}

/// <summary>
/// Every shared letter field in the order the letter frame lists them: the one table that maps a template's field name
/// to <see cref="LetterFields"/> (no reflection). To add one: a property on <see cref="LetterFields"/>, its name in
/// <see cref="LetterFieldNames"/>, a line here, and the field in _letter.liquid (both languages).
/// </summary>
public static class SharedLetterFields
{
    public static IReadOnlyList<SharedLetterField> All { get; } =
    [
        new(LetterFieldNames.ChildName, LetterFieldOwner.Child, f => f.ChildName, (f, v) => f with { ChildName = v }),
        new(LetterFieldNames.ChildDateOfBirth, LetterFieldOwner.Child, f => f.ChildDateOfBirth, (f, v) => f with { ChildDateOfBirth = v }),
        new(LetterFieldNames.School, LetterFieldOwner.Child, f => f.School, (f, v) => f with { School = v }),
        new(LetterFieldNames.Grade, LetterFieldOwner.Child, f => f.Grade, (f, v) => f with { Grade = v }),
        new(LetterFieldNames.District, LetterFieldOwner.Child, f => f.District, (f, v) => f with { District = v }),
        new(LetterFieldNames.ParentName, LetterFieldOwner.Parent, f => f.ParentName, (f, v) => f with { ParentName = v }),
        new(LetterFieldNames.ParentEmail, LetterFieldOwner.Parent, f => f.ParentEmail, (f, v) => f with { ParentEmail = v }),
        new(LetterFieldNames.ParentPhone, LetterFieldOwner.Parent, f => f.ParentPhone, (f, v) => f with { ParentPhone = v }),
        new(LetterFieldNames.ParentAddress, LetterFieldOwner.Parent, f => f.ParentAddress, (f, v) => f with { ParentAddress = v }),
        new(LetterFieldNames.RecipientName, LetterFieldOwner.Child, f => f.RecipientName, (f, v) => f with { RecipientName = v }),
        new(LetterFieldNames.RecipientTitle, LetterFieldOwner.Child, f => f.RecipientTitle, (f, v) => f with { RecipientTitle = v }),
        new(LetterFieldNames.PrincipalName, LetterFieldOwner.Child, f => f.PrincipalName, (f, v) => f with { PrincipalName = v }),
    ];

    private static readonly FrozenDictionary<string, SharedLetterField> ByName = All.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The shared field named <paramref name="name"/>, or null for a letter's own field.</summary>
    public static SharedLetterField? Find(string? name) => name is not null && ByName.TryGetValue(name, out var field) ? field : null;

    /// <summary>The fields set on <paramref name="fields"/>, by name (what a letter is filled from).</summary>
    public static Dictionary<string, string?> ToDictionary(LetterFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in All)
        {
            if (field.Read(fields) is { } value)
            {
                values[field.Name] = value;
            }
        }
        return values;
    }
}
