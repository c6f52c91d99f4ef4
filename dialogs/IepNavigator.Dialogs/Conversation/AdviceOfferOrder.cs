namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// The order in which features add to the advice message (<see cref="Goals.IAdviceOffer"/>): the buttons come out in
/// this order whatever order the features were registered in. One member per offer, top to bottom.
/// </summary>
public enum AdviceOfferOrder
{
    /// <summary>Each dated step's calendar file (attachments, not buttons).</summary>
    StepCalendar,

    /// <summary>"Check my IEP goals", for an IEP in place.</summary>
    Goals,

    /// <summary>"Talk to an advocate", when the advice has the book-advocate step.</summary>
    Advocate,
}
