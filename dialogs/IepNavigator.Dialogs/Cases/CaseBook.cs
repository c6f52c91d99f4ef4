using System.Text.Json.Serialization;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// All of one parent's cases (one per child), which one the chat is about, and what belongs to the parent rather than
/// a child: their language choice and their own letter fields. Stored by State/StateJson.
/// </summary>
public sealed class CaseBook : IJsonOnDeserialized
{
    public List<CaseRecord> Cases { get; set; } = [];

    public string? ActiveCaseId { get; set; }

    /// <summary>When the parent last wrote; a long gap earns a "welcome back" with what is due.</summary>
    public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary>
    /// The language the parent chose ("es" after "español", "en" after "English"), or null: then the channel's
    /// locale decides (Web Chat's locale, Teams' client language). A choice outlives the chat: it is remembered.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>
    /// <see cref="Language"/> was followed from the parent's writing (a clear Spanish message on an English page), not
    /// named: it follows their writing again, both ways. Naming a language ("English") makes it a choice, kept.
    /// </summary>
    public bool LanguageFollowed { get; set; }

    /// <summary>The parent's own letter fields (name, email, phone, address), the same for every child.</summary>
    public LetterFields ParentLetterFields { get; set; } = LetterFields.Empty;

    /// <summary>The case being discussed, created on first use.</summary>
    public CaseRecord Active()
    {
        var active = Cases.FirstOrDefault(c => c.Id == ActiveCaseId) ?? Cases.FirstOrDefault();
        if (active is null)
        {
            active = new CaseRecord();
            Cases.Add(active);
        }
        ActiveCaseId = active.Id;
        return active;
    }

    /// <param name="label">The new child's name or nickname.</param>
    /// <param name="firstChild">What to call an unnamed first case ("your first child", in the chat's language).</param>
    /// <param name="anotherChild">What to call any other unnamed case.</param>
    public CaseRecord Add(string label, string firstChild, string anotherChild)
    {
        foreach (var unlabeled in Cases.Where(c => c.Label is null))
        {
            unlabeled.Label = Cases.Count == 1 ? firstChild : anotherChild;
        }
        var record = new CaseRecord { Label = label };
        Cases.Add(record);
        ActiveCaseId = record.Id;
        return record;
    }

    /// <summary>Every shared letter field known for a letter about <paramref name="record"/>: the parent's and the child's.</summary>
    public LetterFields LetterFieldsFor(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fields = record.LetterFields;
        foreach (var field in SharedLetterFields.All.Where(f => f.Owner == LetterFieldOwner.Parent))
        {
            fields = field.Write(fields, field.Read(ParentLetterFields));
        }
        return fields;
    }

    /// <summary>The shared letter fields known for <paramref name="record"/>, in the frame's order ("what do you know").</summary>
    public IReadOnlyList<(SharedLetterField Field, string Value)> KnownLetterFields(CaseRecord record)
    {
        var fields = LetterFieldsFor(record);
        return [.. SharedLetterFields.All.Where(f => f.Read(fields) is not null).Select(f => (f, f.Read(fields)!))];
    }

    /// <summary>
    /// Sets (or, with null, clears) a shared letter field: the parent's on the book, the child's on
    /// <paramref name="record"/>. False for a name that is not a shared field (a letter's own field, not remembered).
    /// </summary>
    public bool SetLetterField(CaseRecord record, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (SharedLetterFields.Find(name) is not { } field)
        {
            return false;
        }
        if (field.Owner == LetterFieldOwner.Parent)
        {
            ParentLetterFields = field.Write(ParentLetterFields, value);
        }
        else
        {
            record.LetterFields = field.Write(record.LetterFields, value);
        }
        return true;
    }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Cases = Cases is null ? [] : [.. Cases.Where(c => c is not null)];
        ParentLetterFields ??= LetterFields.Empty;
    }
}
