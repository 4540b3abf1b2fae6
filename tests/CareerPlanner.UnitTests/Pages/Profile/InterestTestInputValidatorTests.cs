using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Profile;

namespace CareerPlanner.UnitTests.Pages.Profile;

public class InterestTestInputValidatorTests
{
    [Fact]
    public void A_half_answered_test_is_refused_naming_each_unanswered_statement()
    {
        var input = new InterestTestInput { Answers = InterestTest.Questions.Where(q => q.Number <= 15).ToDictionary(q => q.Number, _ => 4) };

        var result = new InterestTestInputValidator().Validate(input);

        Assert.False(result.IsValid);
        Assert.Equal(15, result.Errors.Count);
        Assert.Equal(Enumerable.Range(16, 15).Select(n => $"Answers[{n}]"), result.Errors.Select(e => e.PropertyName));
        Assert.Equal($"Answer statement 16: \"{InterestTest.Questions[15].Statement}\"", result.Errors[0].ErrorMessage);
    }

    [Fact]
    public void A_fully_answered_test_is_accepted() =>
        Assert.True(new InterestTestInputValidator().Validate(new InterestTestInput
        {
            Answers = InterestTest.Questions.ToDictionary(q => q.Number, _ => 5),
        }).IsValid);
}
