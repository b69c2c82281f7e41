namespace Portal.Domain.Onboarding;

/// <summary>The trimming and length rules every onboarding text field shares, with messages a person can act on.</summary>
internal static class Guard
{
    public static string Required(string? value, int maxLength, string what)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException($"{what} is required.");
        }

        return WithinLength(trimmed, maxLength, what);
    }

    public static string? Optional(string? value, int maxLength, string what)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? null : WithinLength(trimmed, maxLength, what);
    }

    private static string WithinLength(string trimmed, int maxLength, string what) =>
        trimmed.Length > maxLength
            ? throw new DomainException($"{what} has at most {maxLength} characters.")
            : trimmed;
}
