using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>One entry of the dialog stack: which dialog is running and its serializable state.</summary>
public sealed class DialogFrame
{
    public string Id { get; set; } = "";

    /// <summary>Plain JSON so any storage (typed or untyped serializer) round-trips it unchanged.</summary>
    public JObject State { get; set; } = [];
}
