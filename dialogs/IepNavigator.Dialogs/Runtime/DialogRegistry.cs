namespace IepNavigator.Dialogs.Runtime;

/// <summary>All dialogs by id. Built once (a singleton); dialogs find each other through it.</summary>
public sealed class DialogRegistry
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogRegistry(IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new InvalidOperationException($"Two dialogs share the id '{dialog.Id}'.");
            }
        }
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public Dialog Get(string id) =>
        Find(id) ?? throw new InvalidOperationException($"No dialog is registered with the id '{id}'.");
}
