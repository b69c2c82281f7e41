namespace Portal.Domain;

/// <summary>The four roles of the portal. Names are stored in the database and in cookies: never rename.</summary>
public static class Roles
{
    public const string Partner = "Partner";
    public const string Support = "Support";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Partner, Support, Manager, Admin];

    /// <summary>Bank-side roles: they see every partner's data.</summary>
    public static readonly IReadOnlyList<string> Staff = [Support, Manager, Admin];
}
