namespace Portal.Infrastructure.Identity;

public static class PortalClaimTypes
{
    public const string PartnerId = "portal:partner_id";
    public const string TwoFactorEnabled = "portal:2fa";
}
