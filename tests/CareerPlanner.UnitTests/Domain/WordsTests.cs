using System.Reflection;
using System.Text.RegularExpressions;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public partial class WordsTests
{
    [Theory]
    [InlineData("area to grow", "an area to grow")]
    [InlineData("interest", "an interest")]
    [InlineData("annual review", "an annual review")]
    [InlineData("strength", "a strength")]
    [InlineData("weekly check-in for the week of 30 Nov 2026", "a weekly check-in for the week of 30 Nov 2026")]
    [InlineData("unit", "a unit")]
    [InlineData("hour", "an hour")]
    public void A_or_an_follows_the_sound_of_the_word(string noun, string expected) => Assert.Equal(expected, Words.A(noun));

    [Theory]
    [InlineData(0, "0 responses")]
    [InlineData(1, "1 response")]
    [InlineData(2, "2 responses")]
    public void A_count_takes_the_plural_unless_it_is_one(int count, string expected) => Assert.Equal(expected, Words.Count(count, "response"));

    public static TheoryData<Type> DomainEnums() => [.. typeof(Goal).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == typeof(Goal).Namespace)];

    /// <summary>Every value of every enum of the domain, through the Title() a page would call (its own, else the general
    /// one), reads as words: no "InformationalInterview", no "ToDo".</summary>
    [Theory]
    [MemberData(nameof(DomainEnums))]
    public void Every_enum_value_has_a_title_in_words(Type enumType)
    {
        var own = typeof(Goal).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .SingleOrDefault(m => m.Name == "Title" && m.GetParameters() is [{ } p] && p.ParameterType == enumType);
        foreach (var value in Enum.GetValues(enumType))
        {
            var title = (string)(own?.Invoke(null, [value]) ?? Words.Title((Enum)value));
            Assert.False(string.IsNullOrWhiteSpace(title), $"{enumType.Name}.{value} has no title");
            Assert.DoesNotMatch(PascalCaseWord(), title);
        }
    }

    [Fact]
    public void The_general_title_splits_a_name_into_words()
    {
        Assert.Equal("Informational interview", ExplorationKindLike.InformationalInterview.Title());
        Assert.Equal("To do", ActionStatus.ToDo.Title());
    }

    private enum ExplorationKindLike
    {
        InformationalInterview,
    }

    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z]")]
    private static partial Regex PascalCaseWord();
}
