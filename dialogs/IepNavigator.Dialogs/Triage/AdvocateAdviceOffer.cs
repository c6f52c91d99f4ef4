using IepNavigator.Dialogs.Goals;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.Dialogs.Triage;

/// <summary>Advice that suggests an advocate (the book-advocate step) gets a "Talk to an advocate" button.</summary>
public sealed class AdvocateAdviceOffer(TriageChatContent content) : IAdviceOffer
{
    public AdviceOfferOrder Order => AdviceOfferOrder.Advocate;

    public void AddTo(IMessageActivity advice, CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(record);
        // The advice dialog sets LastStepIds to this advice's steps before asking the offers.
        if (!record.LastStepIds.Contains(StepIds.BookAdvocate))
        {
            return;
        }
        advice.SuggestedActions ??= new SuggestedActions { Actions = [] };
        advice.SuggestedActions.Actions ??= [];
        var title = content["button.talkToAdvocate"];
        advice.SuggestedActions.Actions.Add(new CardAction(ActionTypes.ImBack, title, value: title));
    }
}
