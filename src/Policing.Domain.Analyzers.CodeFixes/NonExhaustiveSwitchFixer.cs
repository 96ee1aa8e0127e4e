using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Policing.Domain.Analyzers.CodeFixes;

/// <summary>
/// Fixes POL006 by adding an arm for each missing member that throws <see cref="System.NotImplementedException"/>:
/// <c>case E.X: throw …;</c> in a statement, <c>E.X =&gt; throw …,</c> in an expression.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonExhaustiveSwitchFixer))]
[Shared]
public sealed class NonExhaustiveSwitchFixer : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "POL006.AddMissingArms";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NonExhaustiveSwitch);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        var token = root.FindToken(context.Span.Start);
        if (token.Parent is not (SwitchStatementSyntax or SwitchExpressionSyntax) || token.Parent is not { } switchNode)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(NonExhaustiveSwitchAnalyzer.MissingKey, out var list) || string.IsNullOrEmpty(list))
            {
                continue;
            }

            var missing = list!.Split(',');
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add the missing arms, throwing",
                    ct => AddArmsAsync(context.Document, switchNode, missing, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddArmsAsync(Document document, SyntaxNode switchNode, string[] missing, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var governing = switchNode switch
        {
            SwitchStatementSyntax statement => statement.Expression,
            SwitchExpressionSyntax expression => expression.GoverningExpression,
            _ => null,
        };
        if (model is null || root is null || governing is null
            || model.GetTypeInfo(governing, cancellationToken).Type is not { } type)
        {
            return document;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        var typeName = type.ToMinimalDisplayString(model, governing.SpanStart);
        SyntaxNode replacement = switchNode switch
        {
            SwitchStatementSyntax statement => statement.AddSections(
                missing.Select(m => SyntaxFactory.SwitchSection(
                    SyntaxFactory.SingletonList<SwitchLabelSyntax>(SyntaxFactory.CaseSwitchLabel(Member(typeName, m))),
                    SyntaxFactory.SingletonList<StatementSyntax>(SyntaxFactory.ThrowStatement(Throw(typeName, m))))
                    .WithAdditionalAnnotations(Formatter.Annotation)).ToArray()),
            SwitchExpressionSyntax expression => AddArms(expression, typeName, missing),
            _ => switchNode,
        };
        return document.WithSyntaxRoot(root.ReplaceNode(switchNode, replacement));
    }

    private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax expression, string typeName, string[] missing)
    {
        // Each new arm on its own line, indented as the arms already there.
        var arms = expression.Arms;
        var indentation = arms.Count > 0
            ? arms[0].GetLeadingTrivia()
            : expression.GetLeadingTrivia().Add(SyntaxFactory.Whitespace("    "));
        var nodes = new List<SyntaxNodeOrToken>();
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
        for (var i = 0; i < arms.Count; i++)
        {
            nodes.Add(arms[i]);
            nodes.Add(i < arms.SeparatorCount ? arms.GetSeparator(i) : comma);
        }

        if (arms.Count > 0 && arms.SeparatorCount < arms.Count)
        {
            // The last arm had no comma: its line break moves after the new comma.
            var last = arms[arms.Count - 1];
            nodes[nodes.Count - 2] = last.WithTrailingTrivia(SyntaxTriviaList.Empty);
            nodes[nodes.Count - 1] = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(last.GetTrailingTrivia());
        }

        foreach (var member in missing)
        {
            nodes.Add(SyntaxFactory.SwitchExpressionArm(
                    SyntaxFactory.ConstantPattern(Member(typeName, member)),
                    SyntaxFactory.ThrowExpression(Throw(typeName, member)))
                .NormalizeWhitespace()
                .WithLeadingTrivia(indentation)
                .WithAdditionalAnnotations(Simplifier.Annotation));
            nodes.Add(comma);
        }

        return expression.WithArms(SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(nodes));
    }

    private static ExpressionSyntax Member(string typeName, string member) =>
        SyntaxFactory.ParseExpression(typeName + "." + member);

    private static ExpressionSyntax Throw(string typeName, string member) =>
        SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.ParseTypeName("System.NotImplementedException").WithAdditionalAnnotations(Simplifier.Annotation))
            .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(
                    SyntaxKind.StringLiteralExpression,
                    SyntaxFactory.Literal(typeName + "." + member + " is not handled"))))));
}
