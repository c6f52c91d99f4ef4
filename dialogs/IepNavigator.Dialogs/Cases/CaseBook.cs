namespace IepNavigator.Dialogs.Cases;

/// <summary>All of one parent's cases (one per child) and which one the chat is about.</summary>
public sealed class CaseBook
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
}
