namespace IepNavigator.Dialogs.Runtime;

public enum DialogTurnStatus
{
    /// <summary>Nothing was running.</summary>
    Empty,
    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,
    /// <summary>The last dialog ended; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,
    /// <summary>The stack was cleared.</summary>
    Cancelled,
}

/// <summary>What a dialog operation left the stack in, plus the result of a dialog that ended.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
    public static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);
}
