using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class FeedbackRequestConfiguration : IEntityTypeConfiguration<FeedbackRequest>
{
    public void Configure(EntityTypeBuilder<FeedbackRequest> request)
    {
        request.Property(r => r.Intro).HasMaxLength(FeedbackRequest.IntroMaxLength).IsRequired();
        request.Property(r => r.ShownName).HasMaxLength(FeedbackRequest.ShownNameMaxLength);
        request.Property(r => r.TokenHash).HasMaxLength(64).IsRequired();
        request.HasIndex(r => r.TokenHash).IsUnique();
        request.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        request.HasMany(r => r.Questions).WithOne().HasForeignKey(q => q.FeedbackRequestId).OnDelete(DeleteBehavior.Cascade);
        request.HasMany(r => r.Strengths).WithOne().HasForeignKey(s => s.FeedbackRequestId).OnDelete(DeleteBehavior.Cascade);
        request.HasMany(r => r.RevokedLinks).WithOne().HasForeignKey(l => l.FeedbackRequestId).OnDelete(DeleteBehavior.Cascade);
        request.HasIndex(r => new { r.UserId, r.CreatedAtUtc });
    }
}

public sealed class RevokedFeedbackLinkConfiguration : IEntityTypeConfiguration<RevokedFeedbackLink>
{
    public void Configure(EntityTypeBuilder<RevokedFeedbackLink> link)
    {
        link.Property(l => l.TokenHash).HasMaxLength(64).IsRequired();
        link.HasIndex(l => l.TokenHash).IsUnique();
    }
}

public sealed class FeedbackQuestionConfiguration : IEntityTypeConfiguration<FeedbackQuestion>
{
    public void Configure(EntityTypeBuilder<FeedbackQuestion> question) =>
        question.Property(q => q.Text).HasMaxLength(FeedbackQuestion.TextMaxLength).IsRequired();
}

public sealed class FeedbackStrengthConfiguration : IEntityTypeConfiguration<FeedbackStrength>
{
    public void Configure(EntityTypeBuilder<FeedbackStrength> strength) =>
        strength.Property(s => s.Text).HasMaxLength(SelfAssessmentItem.TextMaxLength).IsRequired();
}

public sealed class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> response)
    {
        response.Property(r => r.RespondentName).HasMaxLength(FeedbackResponse.NameMaxLength);
        response.HasOne<FeedbackRequest>().WithMany().HasForeignKey(r => r.FeedbackRequestId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        response.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.FeedbackResponseId).OnDelete(DeleteBehavior.Cascade);
        response.HasMany(r => r.Ratings).WithOne().HasForeignKey(a => a.FeedbackResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FeedbackAnswerConfiguration : IEntityTypeConfiguration<FeedbackAnswer>
{
    public void Configure(EntityTypeBuilder<FeedbackAnswer> answer)
    {
        answer.Property(a => a.Text).HasMaxLength(FeedbackResponse.AnswerMaxLength).IsRequired();
        answer.HasOne<FeedbackQuestion>().WithMany().HasForeignKey(a => a.FeedbackQuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FeedbackRatingConfiguration : IEntityTypeConfiguration<FeedbackRating>
{
    public void Configure(EntityTypeBuilder<FeedbackRating> rating)
    {
        rating.HasOne<FeedbackStrength>().WithMany().HasForeignKey(r => r.FeedbackStrengthId).OnDelete(DeleteBehavior.Cascade);
        rating.ToTable(t => t.HasCheckConstraint("CK_FeedbackRatings_Rating", "Rating BETWEEN 1 AND 5"));
    }
}
