import { message as antMessage } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';

type MessageApi = ReturnType<typeof antMessage.useMessage>[0];

const FeedbackContext = createContext<{ message: MessageApi } | null>(null);

/**
 * Toasts for the whole app. (antd's <App> would also bring Modal and Notification into the first
 * download; the few confirmations use Modal.useModal where they are.)
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [message, holder] = antMessage.useMessage();
  return (
    <FeedbackContext.Provider value={{ message }}>
      {holder}
      {children}
    </FeedbackContext.Provider>
  );
}

export function useFeedback(): { message: MessageApi } {
  const ctx = useContext(FeedbackContext);
  if (!ctx) throw new Error('useFeedback outside FeedbackProvider');
  return ctx;
}
