package id.kabar.annotate.entity;

/** A mark inside a span ("MOSKOW - Pemerintah Rusia", a dateline) ends the name before it. */
final class MarkCut implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < tags.length; i++) {
            String token = s.tokens()[i];
            if (tags[i].type() != null && !hasLetterOrDigit(token) && !token.equals("&") && !token.equals(".")) {
                tags[i] = BioTag.O;
                if (i + 1 < tags.length && tags[i + 1].isInside()) {
                    tags[i + 1] = BioTag.begin(tags[i + 1].type());
                }
            }
        }
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
