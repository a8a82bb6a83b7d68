package org.mixroom.shared.storage;

import org.mixroom.shared.web.MixroomException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns the AWS SDK's exceptions into a plain sentence: the store refused (with its status) or is unreachable. */
final class S3Errors {

    private S3Errors() {
    }

    /**
     * @param action what was being done, e.g. "store blob 3a7b…"; completes "The audio store could not …"
     */
    static MixroomException of(String bucket, String action, SdkException e) {
        if (e instanceof AwsServiceException refused) {
            String code = refused.awsErrorDetails() == null ? null : refused.awsErrorDetails().errorCode();
            String hint = refused.statusCode() == 403 ? "; check the S3 access key and secret key" : "";
            return new MixroomException(MixroomException.Kind.UNAVAILABLE, "The audio store (S3 bucket '" + bucket
                    + "') refused to " + action + ": HTTP " + refused.statusCode()
                    + (code == null ? "" : " " + code) + hint + ".", e);
        }
        return new MixroomException(MixroomException.Kind.UNAVAILABLE, "The audio store (S3 bucket '" + bucket
                + "') cannot be reached to " + action + " (" + rootMessage(e) + "); please try again later.", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
