using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Domain;
using Portal.Web.Localization;

namespace Portal.Tests.Components;

/// <summary>
/// The English text is the key of every UI string (<c>L["..."]</c>), so a string nobody translated
/// silently shows in English. These tests read the sources and the zh-CN resource file to catch that,
/// and check that the file is really embedded where the localizer looks for it.
/// </summary>
public sealed partial class LocalizationCoverageTests
{
    private const string ChineseResx = "Portal.Web/Localization/SharedResource.zh-CN.resx";

    [Fact]
    public void ChineseResources_EveryKeyUsedInTheCode_HasATranslation()
    {
        var root = RepositoryRoot();
        var translations = ReadResx(Path.Combine(root, ChineseResx));
        var keys = UsedKeys(root);

        // The scanners themselves work: one key of each kind is found.
        Assert.Contains("Sign in", keys);
        Assert.Contains("Welcome, {0}", keys);
        Assert.Contains("This user does not exist.", keys);
        Assert.Contains(Roles.Admin, keys);

        var missing = keys
            .Where(key => !translations.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            Assert.Fail($"{missing.Count} key(s) have no translation in {ChineseResx}:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
        }
    }

    [Fact]
    public void ChineseResources_EveryTranslation_KeepsThePlaceholdersOfItsKey()
    {
        var translations = ReadResx(Path.Combine(RepositoryRoot(), ChineseResx));

        var wrong = translations
            .Where(entry => !Placeholders(entry.Key).SequenceEqual(Placeholders(entry.Value)))
            .Select(entry => $"{entry.Key} => {entry.Value}")
            .ToList();
        if (wrong.Count > 0)
        {
            Assert.Fail($"Translations whose {{0}} placeholders differ from their key:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
        }
    }

    [Fact]
    public void Localizer_ChineseUiCulture_ReturnsTheEmbeddedTranslation()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures.Chinese);
            using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
            var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();

            var signIn = localizer["Sign in"];

            Assert.False(signIn.ResourceNotFound, $"No zh-CN resource was found for \"Sign in\" (searched {signIn.SearchedLocation}).");
            Assert.Equal("登录", signIn.Value);
            Assert.Equal("欢迎，Ada", localizer["Welcome, {0}", "Ada"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Portal.sln above {AppContext.BaseDirectory}.");
    }

    private static Dictionary<string, string> ReadResx(string path) =>
        XDocument.Load(path).Root!
            .Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "", StringComparer.Ordinal);

    /// <summary>
    /// Literal keys of <c>L["..."]</c> and <c>L["...", args]</c> in Portal.Web; messages of
    /// <c>new DomainException(...)</c> in Portal.Domain and Portal.Web (shown as <c>L[e.Message]</c>);
    /// and the role names (shown as <c>L[role]</c>).
    /// </summary>
    private static List<string> UsedKeys(string root)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles(Path.Combine(root, "Portal.Web"), "*.razor", "*.cs"))
        {
            foreach (Match match in LocalizerKey().Matches(File.ReadAllText(file)))
            {
                keys.Add(Unescape(match.Groups["text"].Value));
            }
        }

        foreach (var project in new[] { "Portal.Domain", "Portal.Web" })
        {
            foreach (var file in SourceFiles(Path.Combine(root, project), "*.cs"))
            {
                keys.UnionWith(DomainExceptionMessages(File.ReadAllText(file)));
            }
        }

        keys.UnionWith(Roles.All);
        return [.. keys];
    }

    private static IEnumerable<string> SourceFiles(string directory, params string[] patterns) =>
        patterns
            .SelectMany(pattern => Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories))
            .Where(file => !Path.GetRelativePath(directory, file)
                .Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(part => part is "bin" or "obj"));

    /// <summary>
    /// The plain string literals in the argument of each <c>new DomainException(...)</c>: the message
    /// itself, the arms of a <c>switch</c> choosing it, or the value of a <c>const string</c> named there.
    /// Interpolated messages are skipped (their text is only known at run time).
    /// </summary>
    private static IEnumerable<string> DomainExceptionMessages(string source)
    {
        foreach (Match match in DomainExceptionStart().Matches(source))
        {
            var argument = Argument(source, match.Index + match.Length);
            if (argument.TrimStart().StartsWith('$'))
            {
                // Interpolated: the quotes inside its holes would otherwise read as literals.
                continue;
            }

            if (IdentifierOnly().IsMatch(argument))
            {
                var constant = Regex.Match(source, $@"\bconst\s+string\s+{Regex.Escape(argument.Trim())}\s*=\s*""(?<text>(?:[^""\\]|\\.)*)""\s*;");
                if (constant.Success)
                {
                    yield return Unescape(constant.Groups["text"].Value);
                }

                continue;
            }

            foreach (Match literal in StringLiteral().Matches(argument))
            {
                var text = Unescape(literal.Groups["text"].Value);
                if (literal.Groups["prefix"].Length == 0 && text.Any(char.IsLetter))
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>The text up to the parenthesis closing the one just before <paramref name="start"/>, skipping strings.</summary>
    private static string Argument(string source, int start)
    {
        var depth = 1;
        for (var i = start; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '"':
                    for (i++; i < source.Length && source[i] != '"'; i++)
                    {
                        if (source[i] == '\\')
                        {
                            i++;
                        }
                    }

                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return source[start..i];
                    }

                    break;
            }
        }

        return source[start..];
    }

    private static string Unescape(string text) => text.Contains('\\', StringComparison.Ordinal) ? Regex.Unescape(text) : text;

    private static IEnumerable<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(match => match.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\bL\[\s*""(?<text>(?:[^""\\]|\\.)*)""\s*[,\]]")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"\bnew\s+DomainException\s*\(")]
    private static partial Regex DomainExceptionStart();

    /// <summary>A string literal; <c>prefix</c> is <c>$</c> or <c>@</c> for interpolated or verbatim ones.</summary>
    [GeneratedRegex(@"(?<prefix>[$@]*)""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"^\s*[A-Za-z_]\w*\s*$")]
    private static partial Regex IdentifierOnly();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
