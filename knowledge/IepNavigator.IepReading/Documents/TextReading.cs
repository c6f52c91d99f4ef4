using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Documents;

/// <summary>What a format reader returns: the text, or why there is none.</summary>
internal sealed record TextReading(DocumentText? Text, RefusalReason? Refusal = null, bool LooksScanned = false, bool UsedOcr = false)
{
    public static TextReading Refuse(RefusalReason reason) => new(null, reason);
}

/// <summary>A point where reading stops because the time budget is spent (checked between pages and parts).</summary>
internal sealed class ReadingBudget(DateTimeOffset deadline, TimeProvider clock, CancellationToken cancellation)
{
    public CancellationToken Cancellation => cancellation;

    public bool Spent => cancellation.IsCancellationRequested || clock.GetUtcNow() > deadline;

    public TimeSpan Left => deadline - clock.GetUtcNow();

    public void ThrowIfSpent()
    {
        if (Spent)
        {
            throw new ReadingBudgetSpentException();
        }
    }
}

internal sealed class ReadingBudgetSpentException : Exception
{
    public ReadingBudgetSpentException()
        : base("The reading budget is spent.")
    {
    }

    public ReadingBudgetSpentException(string message)
        : base(message)
    {
    }

    public ReadingBudgetSpentException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
