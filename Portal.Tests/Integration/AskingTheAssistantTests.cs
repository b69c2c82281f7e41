using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Assistant;
using Portal.Infrastructure.Importing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Both corpora imported through the real importer; questions asked through the real HTTP API.</summary>
public sealed class AskingTheAssistantTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    private static readonly string Banking77Train = Path.Combine(Corpora.Root, "banking77", "train.csv");
    private static readonly string KnowledgeBase = Path.Combine(Corpora.Root, "open-banking-uk", "knowledge-base");

    [Fact]
    public async Task ImportingBothCorpora_IsIdempotent_AndAKnownQuestionGetsItsEntry()
    {
        await ImportBothAsync();
        var again = await ImportAsync(KnowledgeBase);
        var bankingAgain = await ImportAsync(Banking77Train);
        Assert.Equal((0, 0), (again.Added, again.Changed));
        Assert.Equal((0, 0, 77), (bankingAgain.Added, bankingAgain.Changed, bankingAgain.Unchanged));
        var phrasings = await factory.WithDatabaseAsync(async db => (await db.FaqEntries.SingleAsync(e => e.Key == "card_arrival")).Phrasings.Count);
        Assert.True(phrasings > 100, $"card_arrival has {phrasings} phrasings");

        var reply = await AskAsync("where do I find the newest swagger specification files?");
        Assert.True(reply.GetProperty("answered").GetBoolean(), reply.ToString());
        Assert.Equal("Where can I find the latest version of Swagger Specifications?", reply.GetProperty("faq").GetProperty("question").GetString());
        Assert.Contains(reply.GetProperty("sources").EnumerateArray(), s => s.GetProperty("kind").GetString() == "faq");

        var banking = await AskAsync("My new card still has not arrived, when will it come?");
        Assert.Equal("card_arrival", banking.GetProperty("faq").GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("xqzv blorft wumpus gnarf")]
    [InlineData("What is the best recipe for banana bread?")]
    [InlineData("who won the football world cup in 2018")]
    public async Task GibberishAndOffTopicQuestions_AreNotAnsweredConfidently(string question)
    {
        await ImportBothAsync();
        var reply = await AskAsync(question);
        Assert.False(reply.GetProperty("answered").GetBoolean(), reply.ToString());
        Assert.StartsWith("I am not sure", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AOneMegabyteQuestion_IsRejectedWithAClearMessage()
    {
        await factory.WaitForStartupWorkAsync();
        var client = factory.CreateBrowserLikeClient();
        var response = await client.PostAsJsonAsync("/api/assistant/ask", new { question = new string('a', 1024 * 1024) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 2000 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OurOwnFaq_IsImportedAtStart_InBothLanguages()
    {
        await factory.WaitForStartupWorkAsync();
        var languages = await factory.WithDatabaseAsync(db => db.FaqEntries.Where(e => e.Key.StartsWith("faq.")).GroupBy(e => e.Language).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.Contains(languages, l => l.Key == "en" && l.Count >= 20);
        Assert.Contains(languages, l => l.Key == "zh-CN" && l.Count >= 20);

        var chinese = await AskAsync("如何获得 Northwind Bank API 的访问权限？");
        Assert.True(chinese.GetProperty("answered").GetBoolean(), chinese.ToString());
        Assert.StartsWith("faq.zh-CN#", chinese.GetProperty("faq").GetProperty("key").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromotingAReplyToTheFaq_AnswersTheSameQuestionNextTime()
    {
        await factory.WaitForStartupWorkAsync();
        const string Question = "Is there a hackathon for partner developers this spring?";
        Assert.False((await AskAsync(Question)).GetProperty("answered").GetBoolean());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // What "Promote to FAQ" on a ticket reply opens: the ticket's question and the reply as the answer.
            await scope.ServiceProvider.GetRequiredService<Portal.Web.Features.Faq.FaqService>()
                .SaveAsync(null, Question, "Yes: every April, in London; sign up on the Portal.", "Events", null, null, "support@demo.local", "en", []);
        }

        var reply = await AskAsync(Question);
        Assert.True(reply.GetProperty("answered").GetBoolean(), reply.ToString());
        Assert.Equal("Yes: every April, in London; sign up on the Portal.", reply.GetProperty("answer").GetString());
    }

    private async Task ImportBothAsync()
    {
        await factory.WaitForStartupWorkAsync();
        var kb = await ImportAsync(KnowledgeBase);
        var banking = await ImportAsync(Banking77Train);
        Assert.True(kb.Total > 250, kb.Summary);
        Assert.Equal(77, banking.Total);
        await factory.Services.GetRequiredService<FaqModelHost>().ReloadAsync();
    }

    private async Task<FaqImportResult> ImportAsync(string path)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FaqImporter>().ImportAsync(path);
    }

    private async Task<JsonElement> AskAsync(string question)
    {
        var response = await factory.CreateBrowserLikeClient().PostAsJsonAsync("/api/assistant/ask", new { question, version = "v2" });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
