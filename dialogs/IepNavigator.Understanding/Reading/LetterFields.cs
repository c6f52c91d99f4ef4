namespace IepNavigator.Understanding.Reading;

/// <summary>
/// The letter fields the chat asks for (the names the letters flow stores, dialogs/content/letter-ledger.json), and
/// what kind of answer each takes. An answer is checked by its kind before it is returned as a value.
/// </summary>
public static class LetterFields
{
    public const string RecipientName = "recipientName";
    public const string PrincipalName = "principalName";
    public const string ParentName = "parentName";
    public const string ChildName = "childName";
    public const string ParentEmail = "parentEmail";
    public const string ParentPhone = "parentPhone";
    public const string ChildDateOfBirth = "childDateOfBirth";
    public const string School = "school";
    public const string District = "district";
    public const string Grade = "grade";
    public const string ParentAddress = "parentAddress";
    public const string RecipientTitle = "recipientTitle";

    /// <summary>Every letter field a reading may await (GUIDE.md A2).</summary>
    public static IReadOnlyList<string> All { get; } =
        [ChildName, ChildDateOfBirth, School, Grade, District, ParentName, ParentEmail, ParentPhone, ParentAddress, RecipientName, RecipientTitle, PrincipalName];

    /// <summary>The kind of answer a letter field takes, or null when <paramref name="field"/> is not one we check.</summary>
    public static LetterFieldKind? KindOf(string? field) => field switch
    {
        RecipientName or PrincipalName or ParentName or ChildName => LetterFieldKind.PersonName,
        ParentEmail => LetterFieldKind.Email,
        ParentPhone => LetterFieldKind.Phone,
        ChildDateOfBirth => LetterFieldKind.Date,
        School => LetterFieldKind.School,
        District => LetterFieldKind.District,
        Grade => LetterFieldKind.Grade,
        ParentAddress or RecipientTitle => LetterFieldKind.Text,
        _ => null,
    };
}

public enum LetterFieldKind
{
    PersonName,
    Email,
    Phone,
    Date,
    School,
    District,
    Grade,
    /// <summary>Free text (an address, a title): any answer that is not a non-answer or a question.</summary>
    Text,
}
