namespace IepNavigator.Dialogs.Teams;

/// <summary>Where a message written in a channel or group chat is answered.</summary>
public enum GroupMessageDestination
{
    /// <summary>A general question the assistant can answer for everyone, in the thread.</summary>
    Thread,

    /// <summary>Nothing to answer yet (a bare mention, "hi"): say in the thread what the assistant does here.</summary>
    Introduction,

    /// <summary>It shares a child's details or starts a case: continue in a 1:1 chat with the writer.</summary>
    PrivateChat,
}

/// <summary>The decision for one group message; <see cref="Explainer"/> is set for <see cref="GroupMessageDestination.Thread"/>.</summary>
public sealed record GroupMessageRoute(GroupMessageDestination Destination, Explainer? Explainer = null);
