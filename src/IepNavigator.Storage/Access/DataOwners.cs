namespace IepNavigator.Storage.Access;

/// <summary>Whose data a generation counts: <c>{channel}/{user}</c>, the way the bot keys a parent's user state.</summary>
public static class DataOwners
{
    public static string For(string channelId, string userId) => channelId + "/" + userId;
}
