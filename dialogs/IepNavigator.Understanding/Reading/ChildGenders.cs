namespace IepNavigator.Understanding.Reading;

/// <summary>The child's gender as the parent states it (<see cref="MessageReading.ChildGender"/>).</summary>
public static class ChildGenders
{
    public const string Female = "female";
    public const string Male = "male";
}
