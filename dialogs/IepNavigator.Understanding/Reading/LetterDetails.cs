namespace IepNavigator.Understanding.Reading;

/// <summary>
/// Specifics outside the contract that letters need, only as the parent stated them (GUIDE.md "details"). Never
/// logged: names, emails and phone numbers are personal data.
/// </summary>
public sealed record LetterDetails
{
    public static LetterDetails None { get; } = new();

    /// <summary>"PK", "K", "1"…"12".</summary>
    public string? Grade { get; init; }
    public string? ChildName { get; init; }
    public string? School { get; init; }
    public string? District { get; init; }
    public string? RecipientName { get; init; }
    public string? ParentName { get; init; }
    public string? ParentEmail { get; init; }
    public string? ParentPhone { get; init; }
    public string? ParentAddress { get; init; }
    /// <summary>yyyy-MM-dd.</summary>
    public string? ChildDateOfBirth { get; init; }
    public string? RecipientTitle { get; init; }
    public string? PrincipalName { get; init; }

    /// <summary>The details as (corpus key, value) pairs, only those stated.</summary>
    public IEnumerable<KeyValuePair<string, string>> Stated()
    {
        foreach (var (key, value) in new[]
        {
            ("grade", Grade), ("childName", ChildName), ("school", School), ("district", District),
            ("recipientName", RecipientName), ("parentName", ParentName), ("parentEmail", ParentEmail), ("parentPhone", ParentPhone),
            ("parentAddress", ParentAddress), ("childDateOfBirth", ChildDateOfBirth), ("recipientTitle", RecipientTitle), ("principalName", PrincipalName),
        })
        {
            if (value is not null)
            {
                yield return new(key, value);
            }
        }
    }

    public bool IsEmpty => !Stated().Any();

    /// <summary>A copy with the detail named <paramref name="key"/> (a corpus key) set.</summary>
    public LetterDetails With(string key, string value) => key switch
    {
        "grade" => this with { Grade = value },
        "childName" => this with { ChildName = value },
        "school" => this with { School = value },
        "district" => this with { District = value },
        "recipientName" => this with { RecipientName = value },
        "principalName" => this with { PrincipalName = value },
        "parentAddress" => this with { ParentAddress = value },
        "childDateOfBirth" => this with { ChildDateOfBirth = value },
        "recipientTitle" => this with { RecipientTitle = value },
        "parentName" => this with { ParentName = value },
        "parentEmail" => this with { ParentEmail = value },
        "parentPhone" => this with { ParentPhone = value },
        _ => this,
    };
}
