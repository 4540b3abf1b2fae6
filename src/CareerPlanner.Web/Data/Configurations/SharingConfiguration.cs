using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class PlanShareConfiguration : IEntityTypeConfiguration<PlanShare>
{
    public void Configure(EntityTypeBuilder<PlanShare> share)
    {
        share.Property(s => s.InviteeEmail).HasMaxLength(PlanShare.EmailMaxLength).IsRequired();
        share.Property(s => s.NormalizedInviteeEmail).HasMaxLength(PlanShare.EmailMaxLength).IsRequired();
        share.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        share.Property(s => s.TokenHash).HasMaxLength(64).IsRequired();
        share.Property(s => s.Version).IsConcurrencyToken();
        share.Ignore(s => s.IsAccepted);
        share.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        // The mentor's side: their account going ends the share.
        share.HasOne<AppUser>().WithMany().HasForeignKey(s => s.MentorId).IsRequired(false).OnDelete(DeleteBehavior.Cascade);
        share.HasIndex(s => new { s.PlanId, s.NormalizedInviteeEmail }).IsUnique();
        share.HasIndex(s => s.TokenHash).IsUnique();
        share.HasIndex(s => s.MentorId);
    }
}

public sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> comment)
    {
        comment.Property(c => c.Text).HasMaxLength(PlanComment.TextMaxLength).IsRequired();
        comment.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        comment.HasOne<Goal>().WithMany().HasForeignKey(c => c.GoalId).IsRequired(false).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne<Review>().WithMany().HasForeignKey(c => c.ReviewId).IsRequired(false).OnDelete(DeleteBehavior.Cascade);
        // A mentor's comments stay when their account goes, as "a former mentor".
        comment.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AuthorId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        comment.HasIndex(c => new { c.PlanId, c.CreatedAtUtc });
    }
}

public sealed class PlanSuggestionConfiguration : IEntityTypeConfiguration<PlanSuggestion>
{
    public void Configure(EntityTypeBuilder<PlanSuggestion> suggestion)
    {
        suggestion.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        suggestion.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        suggestion.Property(s => s.Title).HasMaxLength(PlanSuggestion.TitleMaxLength).IsRequired();
        suggestion.Property(s => s.Reason).HasMaxLength(PlanSuggestion.ReasonMaxLength);
        suggestion.Property(s => s.DeclineNote).HasMaxLength(PlanSuggestion.NoteMaxLength);
        suggestion.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        suggestion.HasOne<AppUser>().WithMany().HasForeignKey(s => s.AuthorId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        suggestion.HasIndex(s => new { s.PlanId, s.State });
    }
}
