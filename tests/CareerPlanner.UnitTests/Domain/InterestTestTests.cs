using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class InterestTestTests
{
    private static Dictionary<int, int> AllAnswered(Func<InterestQuestion, int> answer) =>
        InterestTest.Questions.ToDictionary(q => q.Number, answer);

    [Fact]
    public void There_are_thirty_statements_five_for_each_of_the_six_areas()
    {
        Assert.Equal(30, InterestTest.Questions.Count);
        Assert.All(InterestTest.Areas, area => Assert.Equal(5, InterestTest.Questions.Count(q => q.Area == area)));
        Assert.Equal(Enumerable.Range(1, 30), InterestTest.Questions.Select(q => q.Number));
    }

    [Fact]
    public void An_areas_score_is_the_mean_of_its_answers_and_areas_are_ranked_highest_first()
    {
        var answers = AllAnswered(q => q.Area switch
        {
            InterestArea.Investigative => 5,
            InterestArea.Creative => 4,
            InterestArea.HandsOn => 1,
            _ => 2,
        });
        // One creative answer lower: the creative mean becomes (4+4+4+4+1)/5 = 3.4.
        answers[InterestTest.Questions.First(q => q.Area == InterestArea.Creative).Number] = 1;

        var ranked = InterestTest.Score(answers);

        Assert.Equal(InterestArea.Investigative, ranked[0].Area);
        Assert.Equal(5.0, ranked[0].Mean);
        Assert.Equal(InterestArea.Creative, ranked[1].Area);
        Assert.Equal(3.4, ranked[1].Mean, 10);
        Assert.Equal(InterestArea.HandsOn, ranked[^1].Area);
    }

    [Fact]
    public void Ties_keep_the_fixed_area_order()
    {
        var ranked = InterestTest.Score(AllAnswered(_ => 3));

        Assert.Equal(
            [InterestArea.HandsOn, InterestArea.Investigative, InterestArea.Creative, InterestArea.Helping, InterestArea.Leading, InterestArea.Organising],
            ranked.Select(s => s.Area));
    }

    [Fact]
    public void A_tie_below_the_top_also_keeps_the_fixed_order()
    {
        var ranked = InterestTest.Score(AllAnswered(q => q.Area is InterestArea.Organising or InterestArea.Helping ? 4 : 2));

        Assert.Equal([InterestArea.Helping, InterestArea.Organising], ranked.Take(2).Select(s => s.Area));
    }

    [Fact]
    public void Unanswered_and_out_of_range_answers_are_named_by_number()
    {
        var answers = AllAnswered(_ => 3);
        answers.Remove(7);
        answers[12] = 9;
        answers[20] = 0;

        Assert.Equal([7, 12, 20], InterestTest.Unanswered(answers));
        Assert.Throws<ArgumentException>(() => InterestTest.Score(answers));
    }
}
