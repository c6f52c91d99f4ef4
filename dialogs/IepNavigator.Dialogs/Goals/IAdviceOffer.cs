namespace IepNavigator.Dialogs.Goals;

/// <summary>A feature that adds its own button to the advice message for some cases (registered in DI; none by default).</summary>
public interface IAdviceOffer
{
    /// <summary>Where its additions go among the other features' (<see cref="AdviceOfferOrder"/>).</summary>
    AdviceOfferOrder Order { get; }

    void AddTo(IMessageActivity advice, CaseRecord record);
}

/// <summary>After advice for an IEP in place: "Check my IEP goals".</summary>
public sealed class GoalAdviceOffer(GoalChatContent content) : IAdviceOffer
{
    public AdviceOfferOrder Order => AdviceOfferOrder.Goals;

    public void AddTo(IMessageActivity advice, CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Stage != Stage.IepInPlace)
        {
            return;
        }
        advice.SuggestedActions ??= new SuggestedActions { Actions = [] };
        advice.SuggestedActions.Actions ??= [];
        var title = content["button.checkGoals"];
        advice.SuggestedActions.Actions.Add(new CardAction(ActionTypes.ImBack, title, value: title));
    }
}
