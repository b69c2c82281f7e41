namespace Portal.Domain.Onboarding;

/// <summary>
/// The trimming and length rule every onboarding text field shares. A required field throws its
/// own message at the call site (<c>?? throw</c>) so that message stays a string literal: domain
/// messages are localization keys, and the localization coverage test finds only literals.
/// </summary>
internal static class Guard
{
    /// <summary>
    /// The trimmed text, or null when blank. Too long is refused with the field and its limit in
    /// English only; forms enforce the same limits, so people rarely see it.
    /// </summary>
    public static string? Trimmed(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? null
            : trimmed.Length > maxLength ? throw new DomainException($"{field} has at most {maxLength} characters.")
            : trimmed;
    }
}
