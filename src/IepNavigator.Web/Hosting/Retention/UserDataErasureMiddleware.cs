using IepNavigator.Dialogs.Triage;
using Microsoft.Bot.Builder;

namespace IepNavigator.Web.Hosting.Retention;

/// <summary>
/// After a turn in which the parent confirmed "delete my data" (<see cref="UserDataErasure.Requested"/>), runs the
/// <see cref="UserDataEraser"/>. After, not during: the dialog runner saves the conversation's state at the end of the
/// turn, and a row deleted before that save would be written again (or fail its ETag check).
/// </summary>
public sealed partial class UserDataErasureMiddleware(UserDataEraser eraser, ILogger<UserDataErasureMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken).ConfigureAwait(false);
        if (UserDataErasure.Requested(turnContext) is not { } request)
        {
            return;
        }

        try
        {
            // Not the request's token: the parent was told it is done, so a closed browser must not stop it.
            await eraser.EraseAsync(request, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The type only; retention removes what is left once it is idle.
            LogEraseFailed(logger, ex.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delete my data failed after the turn with {ExceptionType}.")]
    private static partial void LogEraseFailed(ILogger logger, string exceptionType);
}
