namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// What the runtime needs of a turn's stored state (State/TurnStateStore implements it): one read when the turn starts,
/// the dialog stack, one write at its end (throws <see cref="Storage.StorageConcurrencyException"/> when another turn
/// saved first), and a fresh read before the turn runs again.
/// </summary>
public interface ITurnState
{
    Task LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    Task<DialogStack> DialogStackAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    Task SaveAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    Task ReloadAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
