using Microsoft.Bot.Builder;

namespace IepNavigator.Web.Benchmarking;

/// <summary>
/// The load benchmark's baseline (Bot:Mode = Echo): the same adapter, storage and state round trip as the
/// navigator (reads and saves conversation state every turn) but no dialogs and no knowledge, so guided vs echo
/// throughput isolates what the navigator's own work costs.
/// </summary>
public sealed class EchoBot(ConversationState conversationState) : IBot
{
    private readonly IStatePropertyAccessor<int> turnCount = conversationState.CreateProperty<int>("echo.turns");

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var count = await turnCount.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false);
        await turnCount.SetAsync(turnContext, count + 1, cancellationToken).ConfigureAwait(false);
        if (turnContext.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
        {
            // Echoes the parent's own words back to them; the bot adds no text of its own.
            await turnContext.SendActivityAsync(turnContext.Activity.Text ?? string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
