namespace IepNavigator.Dialogs.Content;

/// <summary>The dialogs' advocate-reviewable files: content/X.json (English) and content/es/X.json, embedded here.</summary>
internal static class DialogContent
{
    public static ContentFiles Files { get; } = new(typeof(DialogContent).Assembly, "content/");
}
