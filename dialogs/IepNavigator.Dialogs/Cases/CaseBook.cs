namespace IepNavigator.Dialogs.Cases;

/// <summary>All of one parent's cases (one per child) and which one the chat is about.</summary>
public sealed class CaseBook
{
    public List<CaseRecord> Cases { get; set; } = [];

    public string? ActiveCaseId { get; set; }

    /// <summary>When the parent last wrote; a long gap earns a "welcome back" with what is due.</summary>
    public DateTimeOffset? LastSeenAt { get; set; }

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

    public CaseRecord Add(string label)
    {
        foreach (var unlabeled in Cases.Where(c => c.Label is null))
        {
            unlabeled.Label = Cases.Count == 1 ? "your first child" : "another child";
        }
        var record = new CaseRecord { Label = label };
        Cases.Add(record);
        ActiveCaseId = record.Id;
        return record;
    }
}
