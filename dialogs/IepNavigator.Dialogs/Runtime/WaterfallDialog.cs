using IepNavigator.Dialogs.State;
using System.Text.Json.Nodes;

namespace IepNavigator.Dialogs.Runtime;

public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// A fixed sequence of steps. Each step prompts (the prompt's result feeds the next step), moves on,
/// or ends. A step that returns <see cref="DialogTurnResult.Waiting"/> itself receives the next message's text.
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string ValuesKey = "values";
    internal const string OptionsKey = "options";
    private const string StepKey = "step";
    private IReadOnlyList<WaterfallStep>? _steps;

    /// <summary>A waterfall of the given steps.</summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
    }

    /// <summary>
    /// A subclass whose steps are its own methods: it takes its services in a primary constructor, as every other class
    /// here does, and lists its steps in <see cref="DefineSteps"/>.
    /// </summary>
    protected WaterfallDialog(string id)
        : base(id)
    {
    }

    /// <summary>The steps of a subclass made with <see cref="WaterfallDialog(string)"/>, in order; asked once, on first use.</summary>
    protected virtual IReadOnlyList<WaterfallStep> DefineSteps() => [];

    /// <summary>
    /// The steps. Older subclasses still set them once in their constructor; a new dialog overrides <see cref="DefineSteps"/>.
    /// </summary>
    protected IReadOnlyList<WaterfallStep> Steps
    {
        // A race on first use builds the same list twice; either is kept.
        get => _steps ??= DefineSteps();
        init => _steps = value;
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.State[ValuesKey] = new JsonObject();
        dc.State[OptionsKey] = StateJson.ToNode(options);
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, CurrentStep(dc) + 1, dc.Context.Activity?.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, CurrentStep(dc) + 1, result, cancellationToken);
    }

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= Steps.Count)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }
        dc.State[StepKey] = index;
        return Steps[index](new WaterfallStepContext(this, dc, index, result), cancellationToken);
    }

    private static int CurrentStep(DialogContext dc) => dc.State.GetInt(StepKey) ?? -1;
}
