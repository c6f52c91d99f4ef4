using IepNavigator.Storage.Access;
using Microsoft.Bot.Builder;

namespace IepNavigator.Web.Links;

/// <summary>Enters the turn's parent (<c>{channel}/{from.id}</c>) as the owner of every link the turn issues.</summary>
public sealed class LinkOwnerMiddleware(LinkOwnerScope owners) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity?.ChannelId) || string.IsNullOrEmpty(activity.From?.Id))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        using (owners.Enter(DataOwners.For(activity.ChannelId, activity.From.Id)))
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
    }
}
