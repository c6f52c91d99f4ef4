using System.Text.Json.Serialization;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>The whole per-conversation dialog state, stored as the conversation document's "dialogStack".</summary>
public sealed class DialogStack : IJsonOnDeserialized
{
    /// <summary>Bottom first; the active dialog is the last frame.</summary>
    public List<DialogFrame> Frames { get; set; } = [];

    void IJsonOnDeserialized.OnDeserialized()
    {
        Frames = Frames is null ? [] : [.. Frames.Where(f => f is not null)];
        foreach (var frame in Frames)
        {
            frame.State ??= [];
            frame.Id ??= "";
        }
    }
}
