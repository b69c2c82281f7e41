using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

public sealed class TwoFactorSignInTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task EnableAuthenticator_ThenSignIn_AsksForTheCodeAndAcceptsIt()
    {
        const string Email = "manager@demo.local";
        var client = await factory.SignInAsync(Email);
        var setup = await client.GetStringAsync("/Account/Manage/EnableAuthenticator");
        var key = Regex.Match(setup, "<kbd>([^<]+)</kbd>").Groups[1].Value;

        var enabled = await PortalApplicationFactory.PostFormAsync(client, "/Account/Manage/EnableAuthenticator", "send-code", new() { ["Input.Code"] = Totp(key) });
        var verified = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("Your authenticator app has been verified.", verified, StringComparison.Ordinal);
        Assert.Equal(10, Regex.Count(verified, "class=\"recovery-code\""));

        var fresh = factory.CreateBrowserLikeClient();
        var password = await PortalApplicationFactory.PostLoginAsync(fresh, Email, DemoData.Password);
        var challenge = password.Headers.Location!.OriginalString;
        Assert.Contains("Account/LoginWith2fa", challenge, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/partners")).StatusCode);

        var path = "/" + challenge[(challenge.IndexOf("Account/", StringComparison.Ordinal))..];
        var wrong = await PortalApplicationFactory.PostFormAsync(fresh, path, "login-with-2fa", new() { ["Input.TwoFactorCode"] = "000000" });
        Assert.Contains("Invalid authenticator code", await wrong.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var right = await PortalApplicationFactory.PostFormAsync(fresh, path, "login-with-2fa", new() { ["Input.TwoFactorCode"] = Totp(key) });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/partners")).StatusCode);
    }

    /// <summary>RFC 6238 with the authenticator-app defaults Identity uses: SHA-1, 30-second steps, 6 digits.</summary>
    private static string Totp(string formattedKey)
    {
        var secret = Base32(formattedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; this is the test side of that protocol.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
